import { ConveyanceMode } from '../assessment/assessment-state';
import { hasReason, RuleViolation } from '../rules/rule-violation';

/**
 * How the person is conveyed to hospital. The AMHP arranges conveyance; the Code of Practice
 * (chapter 17) expects the least restrictive, most dignified transport, usually an ambulance or
 * other health transport, with police assistance only where risk requires it and a police
 * vehicle only exceptionally: both need a recorded reason. The person is in legal custody
 * while conveyed (s137).
 */
export const CONVEYANCE_KINDS = {
  ambulance_emergency: { label: 'Ambulance (emergency)', mode: 'ambulance', reasonRequired: false },
  ambulance_urgent: { label: 'Ambulance (urgent)', mode: 'ambulance', reasonRequired: false },
  ambulance_planned: { label: 'Ambulance (planned)', mode: 'ambulance', reasonRequired: false },
  mental_health_response_vehicle: { label: 'Mental health response vehicle', mode: 'ambulance', reasonRequired: false },
  secure_transport: { label: 'Secure transport', mode: 'secure_transport', reasonRequired: false },
  police_assistance: { label: 'Police assistance (with health transport)', mode: 'ambulance', reasonRequired: true },
  police_vehicle: { label: 'Police vehicle (exceptional)', mode: 'police', reasonRequired: true },
} as const satisfies Record<string, { label: string; mode: ConveyanceMode; reasonRequired: boolean }>;
export type ConveyanceKind = keyof typeof CONVEYANCE_KINDS;
export const CONVEYANCE_KIND_CODES = Object.keys(CONVEYANCE_KINDS) as ConveyanceKind[];

/** The assessment lifecycle's coarser mode (ambulance, secure transport, police) for a kind of conveyance. */
export function conveyanceModeOf(kind: ConveyanceKind): ConveyanceMode {
  return CONVEYANCE_KINDS[kind].mode;
}

export interface ConveyanceChoice {
  kind: ConveyanceKind;
  /** Why police help is needed (risk of violence, weapons, escape...): required for police assistance or a police vehicle. */
  reason?: string | null;
}

/** Code of Practice chapter 17: police assistance, and above all a police vehicle, need a recorded reason. */
export function checkConveyanceChoice(choice: ConveyanceChoice): RuleViolation[] {
  if (!(choice.kind in CONVEYANCE_KINDS)) return [{ rule: 'conveyance.unknown_kind', section: 'Code of Practice ch. 17', message: `Unknown kind of conveyance: ${String(choice.kind)}` }];
  if (!CONVEYANCE_KINDS[choice.kind].reasonRequired || hasReason(choice.reason)) return [];
  return [
    choice.kind === 'police_vehicle'
      ? { rule: 'conveyance.police_vehicle_reason', section: 'Code of Practice ch. 17', message: 'A police vehicle is used only exceptionally: record why no health transport will do' }
      : { rule: 'conveyance.police_assistance_reason', section: 'Code of Practice ch. 17', message: 'Police assistance is requested only where risk requires it: record the reason' },
  ];
}
