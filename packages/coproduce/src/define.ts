// Registers every element. <coproduction-project> first, so its context is
// there before the elements inside it ask for it.
import '@coproduce/coproduction-project/define';
import '@coproduce/mark-scorer/define';
import '@coproduce/values-agreement/define';
import '@coproduce/decision-log/define';
import '@coproduce/icebreaker-picker/define';
import '@coproduce/feedback-form/define';
