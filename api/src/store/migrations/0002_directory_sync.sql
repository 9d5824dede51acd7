CREATE TABLE "directory_sync" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"delta_link" text,
	"last_full_sync_at" timestamp with time zone,
	"last_delta_at" timestamp with time zone,
	"last_run_started_at" timestamp with time zone,
	"last_run_finished_at" timestamp with time zone,
	"last_run_kind" text,
	"counts" jsonb,
	"last_error" text,
	"last_error_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_schedule" (
	"name" text PRIMARY KEY NOT NULL,
	"last_period_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "programme" ALTER COLUMN "eligibility" SET DEFAULT '{"departments":[],"offices":[],"employeeTypes":[]}'::jsonb;--> statement-breakpoint
ALTER TABLE "person" ADD COLUMN "removed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "person" ADD COLUMN "manager_chain" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "person_tenant_manager_idx" ON "person" USING btree ("tenant_id","manager_aad_id");