import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../../config/app-config';
import { dataSourceOptions } from './data-source-options';
import { openDataSource } from './open-data-source';

/**
 * PostgreSQL through TypeORM. Start-up creates the database when it is missing and applies
 * committed migrations under an advisory lock (never synchronize).
 */
@Module({})
export class DatabaseModule {
  static forRoot(options: { migrate: boolean }): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({ ...dataSourceOptions(config.databaseUrl), retryAttempts: 3, retryDelay: 1000 }),
          dataSourceFactory: async (dsOptions) => {
            if (!dsOptions || dsOptions.type !== 'postgres' || typeof dsOptions.url !== 'string') {
              throw new Error('DatabaseModule expects postgres options with a url');
            }
            return openDataSource(dsOptions.url, { migrate: options.migrate, poolSize: dsOptions.poolSize });
          },
        }),
      ],
    };
  }
}
