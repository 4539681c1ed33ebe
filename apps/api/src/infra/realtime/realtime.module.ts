import { Module } from '@nestjs/common';
import { IdentityModule } from '../../modules/identity/identity.module';
import { RealtimeGateway } from './realtime.gateway';
import { RealtimeRelay } from './realtime-relay.service';

/** The socket.io server and its relay from Redis: the API process only. */
@Module({ imports: [IdentityModule], providers: [RealtimeGateway, RealtimeRelay], exports: [RealtimeGateway] })
export class RealtimeModule {}
