/** Min plan's stored state, shared by the hub, Min plan and any other island that adds to the plan. */
import { PLAN_KEY, emptyPlan, mergePlans, planStore } from '../../lib/plan/model';
import { useStoredState } from './useStoredState';

export function usePlan() {
  return useStoredState(PLAN_KEY, planStore, emptyPlan, mergePlans);
}
