/** The relationship rules: one small pure class per principle of PRODUCT.md §2. */
package io.rapport.core.rule;
