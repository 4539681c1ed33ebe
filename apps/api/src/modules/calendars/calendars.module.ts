import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { RotaQueryModule } from '../rota/rota-query.module';
import { CalendarFeedController, CalendarLinkController } from './calendars.controller';
import { CalendarFeedsService } from './calendar-feeds.service';
import { CalendarLinksService } from './calendar-links.service';

/** Calendars (issue 5): per-user secret links and the iCalendar feeds of the duty rota. */
@Module({
  imports: [RotaQueryModule, AuditModule],
  controllers: [CalendarLinkController, CalendarFeedController],
  providers: [CalendarLinksService, CalendarFeedsService],
})
export class CalendarsModule {}
