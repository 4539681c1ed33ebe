import { AmhpView, createAmhpSchema, FieldIssue, toFieldIssues } from '@amhp/contracts';
import { FormEvent, useState } from 'react';
import { describeError, ValidationFailedError } from '../../lib/api-client';
import { TextInput } from '../referrals/form-controls';
import { createAmhp } from './assessments-api';

const EMPTY = { name: '', approvingCouncil: '', approvedOn: '', expiresOn: '', team: '' };

/** "AMHP not in the list?": records an approved AMHP (s114) with the dates of their approval. */
export function AddAmhpPanel({ onAdded }: { onAdded: (amhp: AmhpView) => void }) {
  const [text, setText] = useState(EMPTY);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const f = (field: string) => `allocate.amhp.${field}`;
  const err = (field: string) => issues.find((i) => i.field === field)?.message;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = createAmhpSchema.safeParse(text);
    if (!parsed.success) {
      setIssues(toFieldIssues(parsed.error));
      return;
    }
    setIssues([]);
    setFailure(null);
    setBusy(true);
    try {
      onAdded(await createAmhp(text));
      setText(EMPTY);
      setOpen(false);
    } catch (e) {
      if (e instanceof ValidationFailedError) setIssues(e.issues);
      else setFailure(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="add-panel" open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>AMHP not in the list? Add an AMHP</summary>
      <form noValidate onSubmit={submit} aria-label="Add an AMHP" data-testid="add-amhp-form">
        <div className="grid grid--2">
          <TextInput field={f('name')} label="AMHP’s name" required value={text.name} onChange={(name) => setText({ ...text, name })} error={err('name')} />
          <TextInput field={f('approvingCouncil')} label="Approving council" value={text.approvingCouncil} onChange={(approvingCouncil) => setText({ ...text, approvingCouncil })} />
          <TextInput field={f('approvedOn')} label="Approved on" type="date" required width="medium" value={text.approvedOn} onChange={(approvedOn) => setText({ ...text, approvedOn })} error={err('approvedOn')} />
          <TextInput field={f('expiresOn')} label="Approval expires on" type="date" required width="medium" value={text.expiresOn} onChange={(expiresOn) => setText({ ...text, expiresOn })} error={err('expiresOn')} />
          <TextInput field={f('team')} label="Team" value={text.team} onChange={(team) => setText({ ...text, team })} />
        </div>
        {failure && (
          <p className="field-error" role="alert">
            {failure}
          </p>
        )}
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Adding…' : 'Add AMHP'}
        </button>
      </form>
    </details>
  );
}
