import { Module } from '@nestjs/common';
import { RotaQueryService } from './rota-query.service';

/**
 * The rota's read side alone, for the worker (handover jobs) and other modules. The rota's
 * HTTP endpoints are in RotaModule, which re-exports this.
 */
@Module({
  providers: [RotaQueryService],
  exports: [RotaQueryService],
})
export class RotaQueryModule {}
