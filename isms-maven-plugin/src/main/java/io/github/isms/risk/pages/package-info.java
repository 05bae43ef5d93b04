/**
 * The site pages of the risk register: the register, heat maps and the treatment plan.
 */
package io.github.isms.risk.pages;
