/**
 * What the company answers to a filed resolution, each with its clock from the rules engine: deficiency notices and
 * their cures (14a-8(f)), no-action requests and the staff's answers (14a-8(j)), and the meeting's outcome with the
 * vote (14a-8(h), (i)(12)). Who may see and record them is decided by {@link org.cofile.domain.answers.AnswersPolicy}.
 */
package org.cofile.domain.answers;
