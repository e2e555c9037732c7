<?php
/**
 * What every role that may edit posts can keep on save. WordPress filters the HTML of users without
 * `unfiltered_html` (Authors and Contributors; on a multisite everyone but Super Admins) through
 * KSES: unknown tags such as <hotline-card> and attributes such as `slot` were stripped, and the page
 * showed only fallback text, or nothing. This adds the widget tags with the attributes their manifest
 * lists, the attributes their fallback content uses, and the fields of a pasted sign-up form.
 *
 * Nothing here lets a script, an event handler or a `javascript:` URL through: KSES still removes
 * `on*` attributes and checks URL attributes against the allowed protocols, and the widgets refuse
 * any URL but http(s) themselves.
 *
 * @package StatWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * ARIA attributes (WAI-ARIA 1.2). WordPress allows only five of them; pasted fallback content and
 * forms use the others too.
 */
const STAT_WIDGETS_ARIA_ATTRIBUTES = array(
	'aria-activedescendant',
	'aria-atomic',
	'aria-autocomplete',
	'aria-busy',
	'aria-checked',
	'aria-colcount',
	'aria-colindex',
	'aria-colspan',
	'aria-controls',
	'aria-current',
	'aria-describedby',
	'aria-description',
	'aria-details',
	'aria-disabled',
	'aria-errormessage',
	'aria-expanded',
	'aria-flowto',
	'aria-haspopup',
	'aria-hidden',
	'aria-invalid',
	'aria-keyshortcuts',
	'aria-label',
	'aria-labelledby',
	'aria-level',
	'aria-live',
	'aria-modal',
	'aria-multiline',
	'aria-multiselectable',
	'aria-orientation',
	'aria-owns',
	'aria-placeholder',
	'aria-posinset',
	'aria-pressed',
	'aria-readonly',
	'aria-relevant',
	'aria-required',
	'aria-roledescription',
	'aria-rowcount',
	'aria-rowindex',
	'aria-rowspan',
	'aria-selected',
	'aria-setsize',
	'aria-sort',
	'aria-valuemax',
	'aria-valuemin',
	'aria-valuenow',
	'aria-valuetext',
);

/**
 * The fields of a sign-up form (a provider's pasted form, or the fallback form of a mailing-list
 * block). Since WordPress 5.0.1 no role without `unfiltered_html` keeps <form> or <input>, which left
 * a dead "Subscribe" button outside any form. No `formaction`: a form posts only to its `action`.
 */
const STAT_WIDGETS_FORM_TAGS = array(
	'form'     => array( 'action', 'method', 'target', 'name', 'novalidate', 'accept-charset', 'enctype', 'autocomplete' ),
	'input'    => array( 'type', 'name', 'value', 'required', 'autocomplete', 'inputmode', 'placeholder', 'checked', 'disabled', 'readonly', 'maxlength', 'minlength', 'pattern', 'size', 'tabindex', 'spellcheck', 'autocapitalize', 'multiple' ),
	'label'    => array( 'for' ),
	'select'   => array( 'name', 'required', 'multiple', 'autocomplete', 'disabled', 'size' ),
	'option'   => array( 'value', 'selected', 'disabled', 'label' ),
	'textarea' => array( 'name', 'required', 'rows', 'cols', 'placeholder', 'autocomplete', 'maxlength', 'minlength', 'disabled', 'readonly', 'spellcheck' ),
	'fieldset' => array( 'name', 'disabled' ),
	'legend'   => array(),
	'button'   => array( 'type', 'name', 'value', 'disabled' ),
);

/**
 * Attributes every tag may carry in post content: `slot` (which part of a widget it fills), `hidden`
 * and every ARIA attribute; on widget tags also the usual global attributes.
 *
 * @return array<string, bool>
 */
function stat_widgets_common_attributes() {
	$attributes = array(
		'slot'   => true,
		'hidden' => true,
	);
	foreach ( STAT_WIDGETS_ARIA_ATTRIBUTES as $name ) {
		$attributes[ $name ] = true;
	}
	return $attributes;
}

/**
 * Filters the tags and attributes allowed in post content.
 *
 * @param array[] $tags    Allowed tags => allowed attributes.
 * @param string  $context The KSES context; only `post` (post content) is changed.
 * @return array[]
 */
function stat_widgets_allowed_html( $tags, $context ) {
	if ( 'post' !== $context || ! is_array( $tags ) ) {
		return $tags;
	}
	foreach ( STAT_WIDGETS_FORM_TAGS as $tag_name => $names ) {
		$existing          = isset( $tags[ $tag_name ] ) && is_array( $tags[ $tag_name ] ) ? $tags[ $tag_name ] : array();
		$tags[ $tag_name ] = array_merge( $existing, array_fill_keys( $names, true ), stat_widgets_global_attributes() );
	}
	foreach ( stat_widgets_elements() as $tag_name => $element ) {
		$allowed = stat_widgets_global_attributes();
		foreach ( $element['attributes'] as $attribute ) {
			if ( isset( $attribute['name'] ) ) {
				$allowed[ strtolower( (string) $attribute['name'] ) ] = true;
			}
		}
		$tags[ $tag_name ] = $allowed;
	}
	$common = stat_widgets_common_attributes();
	foreach ( $tags as $tag_name => $attributes ) {
		if ( is_array( $attributes ) ) {
			$tags[ $tag_name ] = array_merge( $attributes, $common );
		}
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'stat_widgets_allowed_html', 10, 2 );

/**
 * The global attributes WordPress gives its own tags (`class`, `id`, `lang`, `dir`, `style`, `title`,
 * `role`, `data-*`), for the tags this plugin adds.
 *
 * @return array<string, bool>
 */
function stat_widgets_global_attributes() {
	return array(
		'class'  => true,
		'id'     => true,
		'lang'   => true,
		'dir'    => true,
		'style'  => true,
		'title'  => true,
		'role'   => true,
		'data-*' => true,
	);
}
