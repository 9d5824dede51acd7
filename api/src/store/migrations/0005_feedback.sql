CREATE TABLE "feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"programme_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"pairing_id" uuid NOT NULL,
	"author_aad_id" text NOT NULL,
	"author_role" text NOT NULL,
	"took_place" text NOT NULL,
	"rating" integer,
	"objective_met" text,
	"learned" text DEFAULT '' NOT NULL,
	"shared" text DEFAULT '' NOT NULL,
	"obstacles" text DEFAULT '' NOT NULL,
	"wants_support" boolean DEFAULT false NOT NULL,
	"continue_with_partner" text,
	"private" boolean DEFAULT false NOT NULL,
	"source" text NOT NULL,
	"support_handled_at" timestamp with time zone,
	"support_handled_by" text,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_rating_ck" CHECK ("feedback"."rating" is null or "feedback"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "feedback_prompt" (
	"tenant_id" text NOT NULL,
	"session_id" uuid NOT NULL,
	"aad_id" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"delivered" boolean NOT NULL,
	"reminded_at" timestamp with time zone,
	CONSTRAINT "feedback_prompt_tenant_id_session_id_aad_id_pk" PRIMARY KEY("tenant_id","session_id","aad_id")
);
--> statement-breakpoint
CREATE TABLE "survey_response" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"programme_id" uuid NOT NULL,
	"aad_id" text NOT NULL,
	"role" text NOT NULL,
	"kind" text NOT NULL,
	"skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"satisfaction" integer,
	"nps" integer,
	"comment" text DEFAULT '' NOT NULL,
	"private" boolean DEFAULT false NOT NULL,
	"source" text NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_satisfaction_ck" CHECK ("survey_response"."satisfaction" is null or "survey_response"."satisfaction" between 1 and 5),
	CONSTRAINT "survey_nps_ck" CHECK ("survey_response"."nps" is null or "survey_response"."nps" between 0 and 10)
);
--> statement-breakpoint
CREATE TABLE "survey_round" (
	"tenant_id" text NOT NULL,
	"programme_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"opened_by" text NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"sent" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "survey_round_tenant_id_programme_id_kind_pk" PRIMARY KEY("tenant_id","programme_id","kind")
);
--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_session_id_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_prompt" ADD CONSTRAINT "feedback_prompt_session_id_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_response" ADD CONSTRAINT "survey_response_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_round" ADD CONSTRAINT "survey_round_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_session_author_uq" ON "feedback" USING btree ("tenant_id","session_id","author_aad_id");--> statement-breakpoint
CREATE INDEX "feedback_programme_idx" ON "feedback" USING btree ("tenant_id","programme_id","submitted_at");--> statement-breakpoint
CREATE INDEX "feedback_prompt_sent_idx" ON "feedback_prompt" USING btree ("tenant_id","sent_at");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_response_person_kind_uq" ON "survey_response" USING btree ("tenant_id","programme_id","aad_id","kind");--> statement-breakpoint
CREATE INDEX "survey_response_programme_idx" ON "survey_response" USING btree ("tenant_id","programme_id","kind");