// The project feature's Svelte components, for routes and the home page. A separate entry from
// index.ts so that state importing the feature does not pull every screen into its chunk.
export { default as BudgetFunding } from './components/BudgetFunding.svelte';
export { default as CanvasText } from './components/CanvasText.svelte';
export { default as CommitmentCard } from './components/CommitmentCard.svelte';
export { default as FramingSection } from './components/FramingSection.svelte';
export { default as IndicatorList } from './components/IndicatorList.svelte';
export { default as MethodSteps } from './components/MethodSteps.svelte';
export { default as MilestoneList } from './components/MilestoneList.svelte';
export { default as NextMilestone } from './components/NextMilestone.svelte';
export { default as NewProjectForm } from './components/NewProjectForm.svelte';
export { default as ProjectHistory } from './components/ProjectHistory.svelte';
export { default as ProjectLog } from './components/ProjectLog.svelte';
export { default as ProjectMetaForm } from './components/ProjectMetaForm.svelte';
export { default as ProjectFold } from './components/ProjectFold.svelte';
export { default as PublishProject } from './components/PublishProject.svelte';
export { default as SaveStatus } from './components/SaveStatus.svelte';
export { default as StakeholderList } from './components/StakeholderList.svelte';
export { default as TagGroup } from './components/TagGroup.svelte';
