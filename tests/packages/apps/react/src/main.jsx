// React 19 sets a custom element's properties when the element has them
// (so it is defined first, by the import below), and hears its events as
// on<event-name> props.
import 'coproduce/define';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { agreementData, decisionData, hear, icebreakers, markData, questions, storage } from './app-data.ts';

function App() {
  useEffect(() => {
    window.appMounted = true;
  }, []);
  return (
    <coproduction-project project="app-test" storage={storage}>
      <mark-scorer storage-key="scores" data={markData} onmark-scored={hear} onmark-scorer-change={hear}></mark-scorer>
      <values-agreement data={agreementData}></values-agreement>
      <decision-log data={decisionData}></decision-log>
      <icebreaker-picker
        minutes="60"
        group-size="4"
        setting="in-person"
        seed="app"
        hide-built-in=""
        icebreakers={icebreakers}
        onicebreaker-picked={hear}
      ></icebreaker-picker>
      <feedback-form questions={questions} no-contact="" onfeedback-form-change={hear}></feedback-form>
    </coproduction-project>
  );
}

createRoot(document.querySelector('#app')).render(<App />);
