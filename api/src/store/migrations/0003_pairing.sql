CREATE TABLE "matching_run" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"programme_id" uuid NOT NULL,
	"ran_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ran_by" text NOT NULL,
	"figures" jsonb NOT NULL,
	"unmatched" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pairing" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"programme_id" uuid NOT NULL,
	"mentee_aad_id" text NOT NULL,
	"mentor_aad_id" text NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"score" double precision NOT NULL,
	"criteria" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"locked" boolean DEFAULT false NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"approved_at" timestamp with time zone,
	"approved_by" text,
	"ended_at" timestamp with time zone,
	"ended_by" text,
	"end_reason" text
);
--> statement-breakpoint
CREATE TABLE "pairing_rule" (
	"tenant_id" text NOT NULL,
	"programme_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"mentee_aad_id" text NOT NULL,
	"mentor_aad_id" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pairing_rule_tenant_id_programme_id_kind_mentee_aad_id_mentor_aad_id_pk" PRIMARY KEY("tenant_id","programme_id","kind","mentee_aad_id","mentor_aad_id")
);
--> statement-breakpoint
ALTER TABLE "matching_run" ADD CONSTRAINT "matching_run_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing" ADD CONSTRAINT "pairing_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_rule" ADD CONSTRAINT "pairing_rule_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "matching_run_programme_idx" ON "matching_run" USING btree ("tenant_id","programme_id","ran_at");--> statement-breakpoint
CREATE INDEX "pairing_programme_status_idx" ON "pairing" USING btree ("tenant_id","programme_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "pairing_open_mentee_uq" ON "pairing" USING btree ("tenant_id","programme_id","mentee_aad_id") WHERE "pairing"."status" <> 'ended';