import type { CreateDoctor, DoctorView } from '@amhp/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { DoctorEntity } from './doctor.entity';
import { toDoctorView } from './doctor.mapper';

/** The doctors AMHPs call on: s12-approved or not, approved clinicians, their team. */
@Injectable()
export class DoctorsService {
  private readonly logger = new Logger(DoctorsService.name);

  constructor(@InjectRepository(DoctorEntity) private readonly doctors: Repository<DoctorEntity>) {}

  /**
   * A GMC number already recorded is refused by the unique constraint (doctors_gmc_number_uq),
   * which the API answers with 409 naming gmcNumber: no check first, which two requests at once
   * would both pass.
   */
  async create(input: CreateDoctor): Promise<DoctorView> {
    const saved = await this.doctors.save(this.doctors.create(input));
    this.logger.log({ msg: 'doctor recorded', doctorId: saved.id });
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
