import type { Action } from '../model/actions/types.ts';
import { messageKey } from '../model/messages.ts';

/** A canonical text for an action: equal actions, equal keys, whatever the order of their fields. */
export function actionKey(a: Action): string {
  switch (a.type) {
    case 'deliver':
      return `d ${a.to} ${messageKey(a.msg)}`;
    case 'timeout':
      return `t ${a.node} ${a.slot}`;
    case 'propose':
      return `p ${a.node} ${a.slot} ${a.parent}`;
    case 'byzPropose':
      return `bp ${a.node} ${a.slot} ${a.parent}`;
    case 'byzSend':
      return `bs ${a.node} ${a.to} ${messageKey(a.msg)}`;
  }
}
