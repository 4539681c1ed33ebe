import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClockEntity } from './clock.entity';
import { ClockService } from './clock.service';
import { ClockTimersService } from './clock-timers.service';

/** The legal clocks of assessments and their timers. Imported by whoever changes clock facts. */
@Module({
  imports: [TypeOrmModule.forFeature([ClockEntity])],
  providers: [ClockService, ClockTimersService],
  exports: [ClockService, ClockTimersService],
})
export class ClocksModule {}
