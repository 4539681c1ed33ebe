import { AlertEntity } from '../../modules/alerts/alert.entity';
import { ReferralEntity } from '../../modules/referrals/referral.entity';

/** Every entity, listed explicitly (no globs: the same list works from ts sources and dist). */
export const ENTITIES = [ReferralEntity, AlertEntity];
