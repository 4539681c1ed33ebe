import { Module } from '@nestjs/common';
import { RealtimeGateway } from './realtime.gateway';
import { RealtimeRelay } from './realtime-relay.service';

/** The socket.io server and its relay from Redis: the API process only. */
@Module({ providers: [RealtimeGateway, RealtimeRelay], exports: [RealtimeGateway] })
export class RealtimeModule {}
