import { Module } from '@nestjs/common';
import { IdentityModule } from '../../modules/identity/identity.module';
import { ReferralsModule } from '../../modules/referrals/referrals.module';
import { RealtimeGateway } from './realtime.gateway';
import { RealtimeRelay } from './realtime-relay.service';

/** The socket.io server and its relay from Redis: the API process only. Board rows get the person's details per audience from the referrals module. */
@Module({ imports: [IdentityModule, ReferralsModule], providers: [RealtimeGateway, RealtimeRelay], exports: [RealtimeGateway] })
export class RealtimeModule {}
