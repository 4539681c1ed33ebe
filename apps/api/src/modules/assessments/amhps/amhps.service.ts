import type { AmhpView, CreateAmhp } from '@amhp/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AmhpEntity } from './amhp.entity';
import { toAmhpView } from './amhp.mapper';

/** The minimal AMHP register the legal rules need (approval dates); the rota issue extends it. */
@Injectable()
export class AmhpsService {
  private readonly logger = new Logger(AmhpsService.name);

  constructor(@InjectRepository(AmhpEntity) private readonly amhps: Repository<AmhpEntity>) {}

  async create(input: CreateAmhp): Promise<AmhpView> {
    const saved = await this.amhps.save(this.amhps.create({ ...input, suspendedFrom: input.suspendedFrom ?? null }));
    this.logger.log({ msg: 'AMHP recorded', amhpId: saved.id });
    return toAmhpView(saved);
  }

  async list(): Promise<AmhpView[]> {
    const now = new Date();
    return (await this.amhps.find({ order: { name: 'ASC' } })).map((a) => toAmhpView(a, now));
  }

  find(id: string): Promise<AmhpEntity | null> {
    return this.amhps.findOneBy({ id });
  }
}
