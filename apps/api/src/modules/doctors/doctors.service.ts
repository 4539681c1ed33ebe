import type { CreateDoctor, DoctorView, UpdateDoctor } from '@amhp/contracts';
import { ConflictException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Not, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DoctorEntity } from './doctor.entity';
import { toDoctorView } from './doctor.mapper';

/**
 * The doctors AMHPs call on: s12-approved or not, approved clinicians, their team. Adding or
 * changing one is audited with before and after (in the same transaction): the rules of every
 * later application read these facts (s12 approval, registration, team).
 */
@Injectable()
export class DoctorsService {
  private readonly logger = new Logger(DoctorsService.name);

  constructor(
    @InjectRepository(DoctorEntity) private readonly doctors: Repository<DoctorEntity>,
    private readonly audit: AuditService,
  ) {}

  /**
   * A GMC number already recorded is refused by the unique constraint (doctors_gmc_number_uq),
   * which the API answers with 409 naming gmcNumber: no check first, which two requests at once
   * would both pass.
   */
  async create(input: CreateDoctor): Promise<DoctorView> {
    const saved = await this.doctors.manager.transaction(async (manager) => {
      const doctor = await manager.save(manager.create(DoctorEntity, input));
      await this.audit.record(manager, { action: 'doctor.create', entityType: 'doctor', entityId: doctor.id, after: doctor });
      return doctor;
    });
    this.logger.log({ msg: 'doctor recorded', doctorId: saved.id });
    return toDoctorView(saved);
  }

  async update(id: string, change: UpdateDoctor): Promise<DoctorView> {
    const saved = await this.doctors.manager.transaction(async (manager) => {
      const before = await manager.findOne(DoctorEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new NotFoundException(`No doctor with id ${id}`);
      if (change.gmcNumber && (await manager.existsBy(DoctorEntity, { gmcNumber: change.gmcNumber, id: Not(id) }))) {
        throw new ConflictException(`A doctor with GMC number ${change.gmcNumber} is already recorded`);
      }
      const values = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) as Partial<DoctorEntity>;
      await manager.update(DoctorEntity, { id }, values);
      const after = await manager.findOneByOrFail(DoctorEntity, { id });
      await this.audit.record(manager, { action: 'doctor.update', entityType: 'doctor', entityId: id, before, after });
      return after;
    });
    this.logger.log({ msg: 'doctor changed', doctorId: id });
    return toDoctorView(saved);
  }

  /** s12-approved doctors first (the one AMHPs most often need), then by name. */
  async list(): Promise<DoctorView[]> {
    const doctors = await this.doctors.find({ order: { s12Approved: 'DESC', name: 'ASC' } });
    return doctors.map(toDoctorView);
  }

  /** The doctors with these ids, by id; unknown ids are simply absent. */
  async findByIds(ids: readonly string[]): Promise<Map<string, DoctorEntity>> {
    if (ids.length === 0) return new Map();
    const found = await this.doctors.findBy({ id: In([...new Set(ids)]) });
    return new Map(found.map((d) => [d.id, d]));
  }
}
