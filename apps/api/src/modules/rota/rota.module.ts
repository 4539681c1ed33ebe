import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AbsencesController } from './absences/absences.controller';
import { AbsencesService } from './absences/absences.service';
import { RotaAdjustmentsController } from './adjustments/rota-adjustments.controller';
import { RotaAdjustmentsService } from './adjustments/rota-adjustments.service';
import { RotaPatternsController } from './patterns/rota-patterns.controller';
import { RotaPatternsService } from './patterns/rota-patterns.service';
import { RotaChanges } from './revision/rota-changes.service';
import { RotaQueryModule } from './rota-query.module';
import { RotaController } from './rota.controller';
import { TeamsController } from './teams/teams.controller';
import { TeamsService } from './teams/teams.service';
import { RotaViewService } from './view/rota-view.service';

/**
 * The duty AMHP rota and EDT cover (issue 5): teams, repeating patterns, one-off changes,
 * absences, gaps, who is on duty. Exports the read side (RotaQueryService) and RotaChanges
 * (for other rota changes, such as a renewed warrant, to bump the revision and tell boards).
 */
@Module({
  imports: [RotaQueryModule, AuditModule],
  controllers: [RotaController, RotaPatternsController, RotaAdjustmentsController, AbsencesController, TeamsController],
  providers: [RotaViewService, RotaPatternsService, RotaAdjustmentsService, AbsencesService, TeamsService, RotaChanges],
  exports: [RotaQueryModule, RotaChanges],
})
export class RotaModule {}
