import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { AppConfig } from './config/app-config';
import { HealthModule } from './infra/health/health.module';
import { HttpExceptionFilter } from './infra/http/http-exception.filter';
import { ZodValidationPipe } from './infra/http/zod-validation.pipe';
import { AppLogger } from './infra/logging/app-logger';
import { RealtimeModule } from './infra/realtime/realtime.module';
import { AlertsModule } from './modules/alerts/alerts.module';
import { AuditModule } from './modules/audit/audit.module';
import { IdentityModule } from './modules/identity/identity.module';
import { AssessmentsModule } from './modules/assessments/assessments.module';
import { DoctorsModule } from './modules/doctors/doctors.module';
import { ReferralsModule } from './modules/referrals/referrals.module';
import { RotaModule } from './modules/rota/rota.module';
import { HandoversModule } from './modules/handovers/handovers.module';
import { AllocationModule } from './modules/allocation/allocation.module';
import { CalendarsModule } from './modules/calendars/calendars.module';
import { coreImports } from './infra/core-imports';
import { IdempotencyModule } from './infra/idempotency/idempotency.module';

/** The HTTP + socket.io process (main.ts). */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: AppLogger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...coreImports(config, logger),
        RealtimeModule,
        HealthModule,
        IdempotencyModule,
        ReferralsModule,
        AlertsModule,
        DoctorsModule,
        AssessmentsModule,
        IdentityModule,
        AuditModule,
        RotaModule,
        HandoversModule,
        AllocationModule,
        CalendarsModule,
      ],
      providers: [
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
      ],
    };
  }
}
