import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../../config/app-config';
import { RedisService } from '../../infra/redis/redis.service';
import { AuditModule } from '../audit/audit.module';
import { AccessGuard } from './access/access.guard';
import { SessionContextMiddleware } from './access/session-context.middleware';
import { AuthController } from './auth.controller';
import { OidcProvisioner } from './oidc/oidc-provisioner';
import { OidcController } from './oidc/oidc.controller';
import { OidcService } from './oidc/oidc.service';
import { SocketAccess } from './realtime/socket-access.service';
import { RoleGrantEntity } from './role-grants/role-grant.entity';
import { RoleGrantsController } from './role-grants/role-grants.controller';
import { RoleGrantsService } from './role-grants/role-grants.service';
import { SessionEntity } from './session.entity';
import { SessionsService } from './sessions/sessions.service';
import { PasswordHasher } from './sign-in/password-hasher';
import { SignInService } from './sign-in/sign-in.service';
import { RateLimitGuard, rateLimitOptions } from './throttling/rate-limits';
import { RedisThrottlerStorage } from './throttling/redis-throttler.storage';
import { UserEntity } from './user.entity';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';

/**
 * Users, sign-in (local and OIDC), sessions and access control. Registers two global guards,
 * in this order: the rate limits, then access (every route's @Public/@SignedIn/@Allow policy,
 * CSRF on unsafe methods). The API process only: the worker and scripts do not import it.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, SessionEntity, RoleGrantEntity]),
    AuditModule,
    ThrottlerModule.forRootAsync({
      inject: [AppConfig, RedisService],
      useFactory: (config: AppConfig, redis: RedisService) => rateLimitOptions(config, new RedisThrottlerStorage(redis)),
    }),
  ],
  controllers: [AuthController, OidcController, UsersController, RoleGrantsController],
  providers: [
    PasswordHasher,
    SessionsService,
    SignInService,
    UsersService,
    RoleGrantsService,
    OidcService,
    OidcProvisioner,
    SocketAccess,
    SessionContextMiddleware,
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [SessionsService, SocketAccess, SessionContextMiddleware, UsersService, PasswordHasher],
})
export class IdentityModule {}
