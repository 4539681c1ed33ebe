import { CAPABILITIES } from '@amhp/contracts';
import type { CalendarLinkView } from '@amhp/contracts';
import { Controller, Delete, Get, Header, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { AppConfig } from '../../config/app-config';
import { Allow, Public } from '../identity/access/access-policy';
import { CurrentAuth } from '../identity/access/current-auth.decorator';
import type { ResolvedSession } from '../identity/sessions/sessions.service';
import { CalendarFeedsService } from './calendar-feeds.service';
import { CalendarLinksService } from './calendar-links.service';
import { Idempotent } from '../../infra/idempotency/idempotent.decorator';

const calendarLinkViewSchema = z
  .object({
    active: z.boolean(),
    createdAt: z.iso.datetime({ offset: true }).nullable(),
    amhp: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    myShiftsUrl: z.string().nullable().describe('Only in the answer to POST'),
    teamUrls: z.array(z.object({ teamId: z.string(), teamName: z.string(), url: z.string() })).describe('Only in the answer to POST'),
  })
  .meta({ id: 'CalendarLinkView' });

const GONE = 'No calendar here: the link is unknown or was revoked';

/** The signed-in user's secret calendar link: anyone who may read the rota may have one. */
@ApiTags('calendars')
@Controller('calendar-link')
@Allow(...CAPABILITIES['rota.view'])
export class CalendarLinkController {
  constructor(
    private readonly links: CalendarLinksService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Whether the signed-in user has an active calendar link (the URLs are shown only when it is created)' })
  @ApiOkResponse({ standardSchema: calendarLinkViewSchema })
  status(@CurrentAuth() auth: ResolvedSession): Promise<CalendarLinkView> {
    return this.links.status(auth.user.id);
  }

  @Post()
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({ summary: 'Create the calendar link, or rotate it (the old URLs stop working); the answer holds the secret URLs, once' })
  @ApiOkResponse({ standardSchema: calendarLinkViewSchema })
  rotate(@CurrentAuth() auth: ResolvedSession): Promise<CalendarLinkView> {
    // The configured public origin, never the request's Host header (which the sender chooses).
    return this.links.rotate(auth.user.id, this.config.publicOrigin);
  }

  @Delete()
  @ApiOperation({ summary: 'Revoke the calendar link: its URLs stop working at once' })
  @ApiOkResponse({ standardSchema: calendarLinkViewSchema })
  revoke(@CurrentAuth() auth: ResolvedSession): Promise<CalendarLinkView> {
    return this.links.revoke(auth.user.id);
  }
}

/**
 * The iCalendar feeds (RFC 5545) calendar apps subscribe to. No session: the secret token in
 * the path is the credential (the request log records the route pattern, never the token).
 */
@ApiTags('calendars')
@Controller('calendar')
@Public()
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Get(':token/my-shifts.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'inline; filename="my-shifts.ics"')
  @ApiOperation({ summary: 'The link holder’s own duty shifts, 4 weeks back to 16 weeks ahead' })
  @ApiParam({ name: 'token', description: 'The secret from the calendar link' })
  @ApiProduces('text/calendar')
  @ApiNotFoundResponse({ description: 'Unknown or revoked link' })
  async myShifts(@Param('token') token: string): Promise<string> {
    const feed = await this.feeds.myShifts(token);
    if (feed === null) throw new NotFoundException(GONE);
    return feed;
  }

  @Get(':token/teams/:teamId.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @ApiOperation({ summary: 'One team’s duty rota with who is on each shift and the gaps, 4 weeks back to 16 weeks ahead' })
  @ApiParam({ name: 'token', description: 'The secret from the calendar link' })
  @ApiParam({ name: 'teamId' })
  @ApiProduces('text/calendar')
  @ApiNotFoundResponse({ description: 'Unknown or revoked link, or no such team' })
  async team(@Param('token') token: string, @Param('teamId') teamId: string): Promise<string> {
    const feed = await this.feeds.teamShifts(token, teamId);
    if (feed === null) throw new NotFoundException(GONE);
    return feed;
  }
}
