CREATE TABLE "participant" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"programme_id" uuid NOT NULL,
	"aad_id" text NOT NULL,
	"role" text NOT NULL,
	"status" text DEFAULT 'applied' NOT NULL,
	"skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"goals" text DEFAULT '' NOT NULL,
	"availability" jsonb DEFAULT '{"days":[],"dayparts":[]}'::jsonb NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"capacity" integer DEFAULT 1 NOT NULL,
	"charter_accepted_at" timestamp with time zone,
	"data_use_accepted_at" timestamp with time zone,
	"source" text NOT NULL,
	"review_message" text,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participant_capacity_ck" CHECK ("participant"."capacity" between 1 and 3)
);
--> statement-breakpoint
ALTER TABLE "participant" ADD CONSTRAINT "participant_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "participant_programme_person_uq" ON "participant" USING btree ("tenant_id","programme_id","aad_id");--> statement-breakpoint
CREATE INDEX "participant_programme_status_idx" ON "participant" USING btree ("tenant_id","programme_id","status");--> statement-breakpoint
CREATE INDEX "participant_person_idx" ON "participant" USING btree ("tenant_id","aad_id");