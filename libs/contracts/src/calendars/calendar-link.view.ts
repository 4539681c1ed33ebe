/**
 * The signed-in user's secret calendar link (GET/POST/DELETE /api/calendar-link). Only a hash of
 * the token is stored, so the subscription URLs are returned once, by the POST that creates (or
 * rotates) the link; GET says only whether one is active. Anyone holding a URL can read the
 * shifts it lists: revoking (DELETE) or rotating (POST again) stops the old URLs at once.
 */
export interface CalendarLinkView {
  active: boolean;
  /** When the active link was created (ISO, UTC). */
  createdAt: string | null;
  /** The AMHP in the register linked to the user, whose shifts the personal feed lists. */
  amhp: { id: string; name: string } | null;
  /** iCalendar feed of the user's own shifts (4 weeks back, 16 ahead); only in the POST answer. */
  myShiftsUrl: string | null;
  /** One feed per team (day teams and EDT); only in the POST answer. */
  teamUrls: { teamId: string; teamName: string; url: string }[];
}

/** Where the public feeds live: `${CALENDAR_FEED_PATH}/<token>/my-shifts.ics` and `/<token>/teams/<teamId>.ics`. */
export const CALENDAR_FEED_PATH = '/api/calendar';
