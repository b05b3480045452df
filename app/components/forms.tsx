import { getInputProps, type FieldMetadata } from "@conform-to/react";
import { useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";

export function FieldErrors({ id, errors }: { id?: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <ul id={id} className="field-error">
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}

/** A labelled input with its help text and errors wired to it for screen readers. */
/** A new password with the rule the server checks, and optionally a field that repeats it. */
export function NewPasswordFields({
  password,
  confirm,
  label = "New password",
}: {
  password: FieldMetadata<string | undefined>;
  confirm?: FieldMetadata<string | undefined>;
  label?: string;
}) {
  return (
    <>
      <TextField
        meta={password}
        label={label}
        type="password"
        autoComplete="new-password"
        help="At least 10 characters. A few unrelated words work well."
      />
      {confirm ? (
        <TextField
          meta={confirm}
          label="Repeat the new password"
          type="password"
          autoComplete="new-password"
        />
      ) : null}
    </>
  );
}

export function TextField({
  meta,
  label,
  type = "text",
  autoComplete,
  help,
}: {
  meta: FieldMetadata<string | undefined>;
  label: string;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  help?: ReactNode;
}) {
  const helpId = help ? `${meta.id}-help` : undefined;
  const props = getInputProps(meta, { type });
  const describedBy = [props["aria-describedby"], helpId].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={meta.id} className="label">
        {label}
      </label>
      <input
        {...props}
        key={props.key}
        aria-describedby={describedBy}
        autoComplete={autoComplete}
        className="input"
      />
      {help ? (
        <p id={helpId} className="help">
          {help}
        </p>
      ) : null}
      <FieldErrors id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

/**
 * Every message of a submission reply, for forms whose fields are not typed by hand (choices,
 * hidden ids, files): they read best as one announcement above the form.
 */
export function SubmissionErrors({ result }: { result?: SubmissionReply | null }) {
  const messages = replyMessages(result);
  return <FormErrors errors={messages.length ? messages : undefined} />;
}

/** The error part of a submission reply (Conform's SubmissionResult). */
type SubmissionReply = { error?: Record<string, unknown> | null };

/** Every distinct message of a submission reply, in field order. */
export function replyMessages(result?: SubmissionReply | null): string[] {
  const all = Object.values(result?.error ?? {}).flatMap((e) => (Array.isArray(e) ? (e as string[]) : []));
  return [...new Set(all)];
}

/** Errors that belong to the whole form, announced when they appear. */
export function FormErrors({ id, errors }: { id?: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <div id={id} role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
      {errors.map((e) => (
        <p key={e}>{e}</p>
      ))}
    </div>
  );
}

/** A submit button that shows progress while its form is being sent. */
export function SubmitButton({
  children,
  pendingText,
  className = "btn-primary",
  name,
  value,
}: {
  children: ReactNode;
  pendingText?: string;
  className?: string;
  name?: string;
  value?: string;
}) {
  const navigation = useNavigation();
  const pending = navigation.state === "submitting" && (!name || navigation.formData?.get(name) === value);
  return (
    <button
      type="submit"
      className={className}
      name={name}
      value={value}
      disabled={pending}
      aria-busy={pending || undefined}
    >
      {pending ? (pendingText ?? "Working…") : children}
    </button>
  );
}
