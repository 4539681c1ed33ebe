import { Module } from '@nestjs/common';
import { AlertsModule } from '../../alerts/alerts.module';
import { ClockFiringLoader } from './clock-firing.loader';
import { ClocksModule } from '../clocks.module';
import { ClockTimersRebuilder } from './clock-timers.rebuilder';
import { ClockWarnProcessor } from './clock-warn.processor';

/** The clocks' background work (firing and rebuilding timers): loaded by the worker module only. */
@Module({
  imports: [ClocksModule, AlertsModule],
  providers: [ClockFiringLoader, ClockWarnProcessor, ClockTimersRebuilder],
  exports: [ClockTimersRebuilder],
})
export class ClocksJobsModule {}
