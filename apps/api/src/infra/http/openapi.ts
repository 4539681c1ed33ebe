import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

export const OPENAPI_PATH = 'api/docs';

/**
 * OpenAPI generated from the controllers; request and response bodies come from the zod
 * schemas (contracts) through @nestjs/swagger's standard-schema support. UI at /api/docs,
 * JSON at /api/docs-json.
 */
export function setupOpenApi(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('AMHP Hub API')
      .setDescription(
        'Referrals for Mental Health Act assessments, their legal deadlines and the alerts on the live board. ' +
          'Instants are ISO 8601 in UTC; the board shows them in Europe/London. ' +
          'Live updates: socket.io at /socket.io (events typed in libs/contracts). ' +
          'Text fields refuse the NUL character and unpaired surrogates (400 naming the field). ' +
          'A creating POST accepts an Idempotency-Key header (see each operation): sent again with the same key, ' +
          'it gives the first answer instead of a second record. A value that must be unique and was taken (a GMC number, an email) is a 409 naming the field. ' +
          'While the database cannot be reached, any request may be answered 503 with Retry-After: send it again then (with its Idempotency-Key).',
      )
      .setVersion('0.1.0')
      .build(),
  );
  SwaggerModule.setup(OPENAPI_PATH, app, document, { jsonDocumentUrl: `${OPENAPI_PATH}-json`, yamlDocumentUrl: `${OPENAPI_PATH}-yaml` });
}
