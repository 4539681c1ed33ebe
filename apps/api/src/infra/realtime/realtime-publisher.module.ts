import { Global, Module } from '@nestjs/common';
import { RealtimePublisher } from './realtime-publisher.service';

/** Publishing board events: the API and the worker both import it. */
@Global()
@Module({ providers: [RealtimePublisher], exports: [RealtimePublisher] })
export class RealtimePublisherModule {}
