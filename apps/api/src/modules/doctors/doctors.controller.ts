import { CASE_READERS, CASE_WORKERS, createDoctorSchema, updateDoctorSchema } from '@amhp/contracts';
import type { CreateDoctor, DoctorView, UpdateDoctor } from '@amhp/contracts';
import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { validationErrorSchema } from '../../infra/http/openapi-schemas';
import { Allow } from '../identity/access/access-policy';
import { DoctorsService } from './doctors.service';
import { doctorViewSchema } from './dto/doctor-view.schema';
import { Idempotent } from '../../infra/idempotency/idempotent.decorator';

const doctorIdSchema = z.uuid({ error: 'Doctor id must be a UUID' });

@ApiTags('doctors')
@Controller('doctors')
export class DoctorsController {
  constructor(private readonly doctors: DoctorsService) {}

  @Post()
  @Idempotent()
  @Allow(...CASE_WORKERS, 'service_lead', 'administrator')
  @ApiOperation({ summary: 'Record a doctor AMHPs can call on (GMC number, s12 approval, approved clinician, team)' })
  @ApiCreatedResponse({ standardSchema: doctorViewSchema })
  @ApiBadRequestResponse({ description: 'Invalid input: every bad field is named; nothing is saved', standardSchema: validationErrorSchema })
  @ApiConflictResponse({ description: 'A doctor with this GMC number is already recorded' })
  create(@Body({ schema: createDoctorSchema }) body: CreateDoctor): Promise<DoctorView> {
    return this.doctors.create(body);
  }

  @Patch(':id')
  @Allow(...CASE_WORKERS, 'service_lead', 'administrator')
  @ApiOperation({ summary: 'Change a doctor (s12 approval, approved clinician, registration, team...); audited with before and after' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ standardSchema: doctorViewSchema })
  @ApiBadRequestResponse({ description: 'Invalid input: every bad field is named; nothing is saved', standardSchema: validationErrorSchema })
  @ApiNotFoundResponse({ description: 'No doctor with this id' })
  @ApiConflictResponse({ description: 'Another doctor has this GMC number' })
  update(@Param('id', { schema: doctorIdSchema }) id: string, @Body({ schema: updateDoctorSchema }) body: UpdateDoctor): Promise<DoctorView> {
    return this.doctors.update(id, body);
  }

  @Get()
  @Allow(...CASE_READERS)
  @ApiOperation({ summary: 'Every doctor, s12-approved first' })
  @ApiOkResponse({ standardSchema: z.array(doctorViewSchema) })
  list(): Promise<DoctorView[]> {
    return this.doctors.list();
  }
}
