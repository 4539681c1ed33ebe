import type { DoctorView } from '@amhp/contracts';
import { DoctorEntity } from './doctor.entity';

export function toDoctorView(d: DoctorEntity): DoctorView {
  return {
    id: d.id,
    name: d.name,
    gmcNumber: d.gmcNumber,
    s12Approved: d.s12Approved,
    approvedClinician: d.approvedClinician,
    registered: d.registered,
    organisation: d.organisation,
    team: d.team,
    phone: d.phone,
  };
}
