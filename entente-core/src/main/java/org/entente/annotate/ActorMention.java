package org.entente.annotate;

/** A country, city, organization or person named in the text. */
public sealed interface ActorMention extends Annotation
    permits CountryMention, CityMention, OrganizationMention, PersonMention {}
