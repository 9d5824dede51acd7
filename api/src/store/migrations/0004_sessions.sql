CREATE TABLE "booking_run" (
	"tenant_id" text NOT NULL,
	"programme_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"state" text NOT NULL,
	"started_by" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"lease_until" timestamp with time zone,
	"lease_holder" text,
	"figures" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"last_error" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_run_tenant_id_programme_id_pk" PRIMARY KEY("tenant_id","programme_id")
);
--> statement-breakpoint
CREATE TABLE "session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"programme_id" uuid NOT NULL,
	"pairing_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"target_date" date NOT NULL,
	"window_from" date NOT NULL,
	"window_to" date NOT NULL,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"duration_minutes" integer NOT NULL,
	"theme" jsonb NOT NULL,
	"organizer_aad_id" text NOT NULL,
	"transaction_id" text NOT NULL,
	"event_id" text,
	"ical_uid" text,
	"join_url" text,
	"problem" jsonb,
	"attempts" integer DEFAULT 0 NOT NULL,
	"responses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"responses_checked_at" timestamp with time zone,
	"reproposals" integer DEFAULT 0 NOT NULL,
	"booked_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" text,
	"cancel_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "programme" ADD COLUMN "time_zone" text DEFAULT 'Europe/Paris' NOT NULL;--> statement-breakpoint
ALTER TABLE "programme" ADD COLUMN "session_themes" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "programme" ADD COLUMN "organizer" text DEFAULT 'mentor' NOT NULL;--> statement-breakpoint
ALTER TABLE "programme" ADD COLUMN "organizer_aad_id" text;--> statement-breakpoint
ALTER TABLE "booking_run" ADD CONSTRAINT "booking_run_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_pairing_id_pairing_id_fk" FOREIGN KEY ("pairing_id") REFERENCES "public"."pairing"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "session_pairing_number_uq" ON "session" USING btree ("tenant_id","pairing_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "session_transaction_uq" ON "session" USING btree ("tenant_id","transaction_id");--> statement-breakpoint
CREATE INDEX "session_programme_status_idx" ON "session" USING btree ("tenant_id","programme_id","status");--> statement-breakpoint
CREATE INDEX "session_status_start_idx" ON "session" USING btree ("tenant_id","status","starts_at");