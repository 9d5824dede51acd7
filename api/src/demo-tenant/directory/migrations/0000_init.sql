CREATE TABLE "demo_directory" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"seed" integer NOT NULL,
	"people" integer NOT NULL,
	"change_version" bigint DEFAULT 0 NOT NULL,
	"seeded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demo_user" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"seq" integer NOT NULL,
	"user_principal_name" text NOT NULL,
	"mail" text,
	"mail_nickname" text NOT NULL,
	"display_name" text NOT NULL,
	"given_name" text,
	"surname" text,
	"job_title" text,
	"department" text,
	"company_name" text,
	"office_location" text,
	"city" text,
	"country" text,
	"usage_location" text,
	"business_phones" jsonb NOT NULL,
	"mobile_phone" text,
	"preferred_language" text,
	"employee_type" text,
	"employee_id" text,
	"employee_hire_date" timestamp with time zone,
	"created_date_time" timestamp with time zone NOT NULL,
	"account_enabled" boolean NOT NULL,
	"manager_id" text,
	"level" integer NOT NULL,
	"mailbox_settings" jsonb NOT NULL,
	"app_roles" jsonb NOT NULL,
	"persona" text,
	"change_version" bigint DEFAULT 0 NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "demo_user_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "demo_user_upn_idx" ON "demo_user" USING btree ("tenant_id",lower("user_principal_name"));--> statement-breakpoint
CREATE INDEX "demo_user_seq_idx" ON "demo_user" USING btree ("tenant_id","seq");--> statement-breakpoint
CREATE INDEX "demo_user_manager_idx" ON "demo_user" USING btree ("tenant_id","manager_id");--> statement-breakpoint
CREATE INDEX "demo_user_change_idx" ON "demo_user" USING btree ("tenant_id","change_version");