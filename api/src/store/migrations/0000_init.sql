CREATE TABLE "audit_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"actor_aad_id" text,
	"action" text NOT NULL,
	"subject" text,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bot_state" (
	"tenant_id" text NOT NULL,
	"key" text NOT NULL,
	"document" jsonb NOT NULL,
	"etag" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bot_state_tenant_id_key_pk" PRIMARY KEY("tenant_id","key")
);
--> statement-breakpoint
CREATE TABLE "conversation_ref" (
	"tenant_id" text NOT NULL,
	"aad_id" text NOT NULL,
	"conversation_id" text NOT NULL,
	"reference" jsonb NOT NULL,
	"locale" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversation_ref_tenant_id_aad_id_pk" PRIMARY KEY("tenant_id","aad_id")
);
--> statement-breakpoint
CREATE TABLE "person" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"aad_id" text NOT NULL,
	"user_principal_name" text NOT NULL,
	"display_name" text NOT NULL,
	"given_name" text,
	"surname" text,
	"mail" text,
	"department" text,
	"job_title" text,
	"office_location" text,
	"employee_type" text,
	"manager_aad_id" text,
	"hire_date" date,
	"preferred_language" text,
	"time_zone" text,
	"working_hours" jsonb,
	"account_enabled" boolean DEFAULT true NOT NULL,
	"synced_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"cadence" text DEFAULT 'monthly' NOT NULL,
	"session_minutes" integer DEFAULT 60 NOT NULL,
	"session_count" integer DEFAULT 6 NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"mentor_capacity" integer DEFAULT 1 NOT NULL,
	"objectives" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"eligibility" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"charter" jsonb,
	"sponsor_aad_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"admin_aad_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_session_minutes_ck" CHECK ("programme"."session_minutes" between 15 and 240),
	CONSTRAINT "programme_mentor_capacity_ck" CHECK ("programme"."mentor_capacity" between 1 and 3)
);
--> statement-breakpoint
CREATE TABLE "tenant" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text GENERATED ALWAYS AS (id) STORED NOT NULL,
	"display_name" text NOT NULL,
	"mode" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "audit_event_tenant_at_idx" ON "audit_event" USING btree ("tenant_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "person_tenant_aad_uq" ON "person" USING btree ("tenant_id","aad_id");--> statement-breakpoint
CREATE INDEX "person_tenant_upn_idx" ON "person" USING btree ("tenant_id","user_principal_name");--> statement-breakpoint
CREATE INDEX "person_tenant_department_idx" ON "person" USING btree ("tenant_id","department");--> statement-breakpoint
CREATE INDEX "programme_tenant_status_idx" ON "programme" USING btree ("tenant_id","status");