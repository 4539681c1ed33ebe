import { auditQuerySchema } from '@amhp/contracts';
import type { AuditPage, AuditQuery } from '@amhp/contracts';
import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { validationErrorSchema } from '../../infra/http/openapi-schemas';
import { Allow } from '../identity/access/access-policy';
import { auditCsv } from './audit-csv';
import { AuditQueryService } from './audit-query.service';
import { AuditService } from './audit.service';
import { auditPageSchema } from './dto/audit-view.schema';

/**
 * The audit trail for service leads: search and CSV export. Searching the trail is itself
 * recorded (it shows what people did with a person's record).
 */
@ApiTags('audit')
@Allow('service_lead')
@Controller('audit')
export class AuditController {
  constructor(
    private readonly queries: AuditQueryService,
    private readonly audit: AuditService,
  ) {}

  @Get('events')
  @ApiOperation({ summary: 'Search the audit trail by person (referral or assessment id, NHS number), user, action and date; newest first' })
  @ApiOkResponse({ standardSchema: auditPageSchema })
  @ApiBadRequestResponse({ description: 'A malformed filter, named', standardSchema: validationErrorSchema })
  async search(@Query({ schema: auditQuerySchema }) query: AuditQuery): Promise<AuditPage> {
    await this.audit.recordNow({ action: 'audit.search', entityType: 'audit', entityId: null, after: filtersOf(query) });
    return this.queries.search(query);
  }

  @Get('events.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'The same search as CSV (oldest first, at most 50,000 rows)' })
  @ApiProduces('text/csv')
  @ApiBadRequestResponse({ description: 'A malformed filter, named', standardSchema: validationErrorSchema })
  async export(@Query({ schema: auditQuerySchema }) query: AuditQuery, @Res({ passthrough: true }) res: Response): Promise<string> {
    await this.audit.recordNow({ action: 'audit.export', entityType: 'audit', entityId: null, after: filtersOf(query) });
    const rows = await this.queries.exportRows(query);
    res.setHeader('Content-Disposition', `attachment; filename="amhp-hub-audit-${new Date().toISOString().slice(0, 10)}.csv"`);
    return auditCsv(rows);
  }
}

function filtersOf(query: AuditQuery): Record<string, unknown> {
  const { limit: _limit, before: _before, ...filters } = query;
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== ''));
}
