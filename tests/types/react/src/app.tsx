// A React 19 app as a user writes one: every element as a plain tag (typed by
// coproduce/jsx) and as a coproduce/react component, with its properties and
// its events, each handler reading its event's detail. It must compile with
// no errors (tests/types/types.test.mjs); wrong.tsx must not.
import type {} from 'coproduce/jsx';
import 'coproduce/define';
import {
  type DecisionLogDocument,
  type Icebreaker,
  MemoryStorageAdapter,
  type MarkScorer as MarkScorerElement,
  type MarkScorerDocument,
  type Question,
  type ValuesAgreementDocument,
} from 'coproduce';
import {
  CoproductionProject,
  DecisionLog,
  FeedbackForm,
  IcebreakerPicker,
  MarkScorer,
  ValuesAgreement,
} from 'coproduce/react';
import { useRef, useState } from 'react';

const log = (...words: unknown[]) => console.log(...words);

export function PlainTags(props: {
  marks?: MarkScorerDocument;
  agreement?: ValuesAgreementDocument;
  decisions?: DecisionLogDocument;
  icebreakers: readonly Icebreaker[];
  questions: readonly Question[];
}) {
  const [marks, setMarks] = useState(props.marks);
  const scorer = useRef<MarkScorerElement>(null);
  return (
    <coproduction-project
      project="allotments"
      locale="cy"
      storage={new MemoryStorageAdapter()}
      easy-read
      server="wss://example.org/coproduce"
      room="tuesday"
      token="a-token"
      join-page="https://example.org/join"
      oncoproduction-project-error={(event) => log(event.detail.code, event.detail.message)}
    >
      <mark-scorer
        ref={scorer}
        id="scores"
        lang="cy"
        aria-label="Scores"
        data-section="marks"
        stage="process"
        mode="individual"
        participants="Ann, Bryn"
        storage-key="marks"
        readonly={false}
        theme="dark"
        heading-level={3}
        data={marks}
        className="marks"
        onmark-scored={(event) => log(event.detail.markId, event.detail.score, event.detail.sealed)}
        onmark-scorer-change={(event) => setMarks(event.detail.data)}
        onmark-scorer-error={(event) => log(event.detail.cause)}
      />
      <values-agreement
        participants="Ann, Bryn"
        storage-key="agreement"
        public
        data={props.agreement}
        onagreement-answered={(event) => log(event.detail.itemId, event.detail.participant, event.detail.response)}
        onagreement-reached={(event) => log(event.detail.version, event.detail.present.length)}
        onvalues-agreement-change={(event) => log(event.detail.data.items.length)}
        onvalues-agreement-error={(event) => log(event.detail.code)}
      />
      <decision-log
        show-names
        storage-key="decisions"
        locale="en"
        data={props.decisions}
        ondecisions-recorded={(event) => log(event.detail.decisions.length)}
        ondecision-updated={(event) => log(event.detail.decisionId, event.detail.change)}
        ondecision-log-change={(event) => log(event.detail.data.decisions.length)}
        ondecision-log-error={(event) => log(event.detail.message)}
      />
      <icebreaker-picker
        minutes={60}
        group-size="8"
        setting="hybrid"
        budget-percent={10}
        cameras-off
        some-not-speaking
        materials={false}
        seed="tuesday"
        icebreakers={props.icebreakers}
        onicebreaker-picked={(event) => log(event.detail.icebreaker.id, event.detail.seed)}
        onicebreaker-picker-change={(event) => log(event.detail.meeting.minutes)}
        onicebreaker-turn-started={(event) => log(event.detail.turnIndex, event.detail.seconds)}
        onicebreaker-turn-ended={(event) => log(event.detail.turnIndex, event.detail.reason)}
        onicebreaker-picker-error={(event) => log(event.detail.code)}
      />
      <feedback-form
        name="visit"
        action="/feedback"
        you-said-we-did-href="/changes"
        no-contact
        questions={props.questions}
        onfeedback-form-change={(event) => log(event.detail.value.length)}
        onfeedback-form-error={(event) => log(event.detail.code)}
        onfeedback-send={(event) => {
          if (Object.keys(event.detail.submission.answers).length === 0) event.preventDefault();
        }}
        onfeedback-sent={(event) => log(event.detail.submissionId)}
        onfeedback-queued={(event) => log(event.detail.submissionId, event.detail.reason)}
      />
    </coproduction-project>
  );
}

export function Wrappers(props: {
  marks?: MarkScorerDocument;
  agreement?: ValuesAgreementDocument;
  decisions?: DecisionLogDocument;
  icebreakers: readonly Icebreaker[];
  questions: readonly Question[];
}) {
  const [marks, setMarks] = useState(props.marks);
  const scorer = useRef<MarkScorerElement>(null);
  return (
    <CoproductionProject
      project="allotments"
      locale="cy"
      storage="memory"
      easyRead
      onCoproductionProjectError={(event) => log(event.detail.code)}
    >
      <MarkScorer
        ref={scorer}
        stage="review"
        mode="group"
        storageKey="marks"
        headingLevel={2}
        data={marks}
        onMarkScored={(event) => log(event.detail.markId, event.detail.participant, event.detail.score)}
        onMarkScorerChange={(event) => setMarks(event.detail.data)}
        onMarkScorerError={(event) => log(event.detail.message)}
      />
      <ValuesAgreement
        participants="Ann, Bryn"
        data={props.agreement}
        onAgreementAnswered={(event) => log(event.detail.note, event.detail.sealed)}
        onAgreementReached={(event) => log(event.detail.absent.length)}
        onValuesAgreementChange={(event) => log(event.detail.data.items.length)}
        onValuesAgreementError={(event) => log(event.detail.code)}
      />
      <DecisionLog
        public
        showNames
        data={props.decisions}
        onDecisionsRecorded={(event) => log(event.detail.decisions.length)}
        onDecisionUpdated={(event) => log(event.detail.decisionId)}
        onDecisionLogChange={(event) => log(event.detail.data.decisions.length)}
        onDecisionLogError={(event) => log(event.detail.code)}
      />
      <IcebreakerPicker
        minutes={45}
        groupSize={6}
        setting="online"
        camerasOff
        hideCountdown
        icebreakers={props.icebreakers}
        onIcebreakerPicked={(event) => log(event.detail.icebreaker.id)}
        onIcebreakerPickerChange={(event) => log(event.detail.meeting.setting)}
        onIcebreakerTurnStarted={(event) => log(event.detail.seconds)}
        onIcebreakerTurnEnded={(event) => log(event.detail.reason)}
        onIcebreakerPickerError={(event) => log(event.detail.code)}
      />
      <FeedbackForm
        name="visit"
        required
        questions={props.questions}
        onFeedbackFormChange={(event) => log(event.detail.value)}
        onFeedbackFormError={(event) => log(event.detail.code)}
        onFeedbackSend={(event) => log(Object.keys(event.detail.submission.answers).length)}
        onFeedbackSent={(event) => log(event.detail.submissionId)}
        onFeedbackQueued={(event) => log(event.detail.reason)}
      />
    </CoproductionProject>
  );
}
