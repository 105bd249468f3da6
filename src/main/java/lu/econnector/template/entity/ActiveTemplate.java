package lu.econnector.template.entity;

/** A template package in use, with where it came from. */
public record ActiveTemplate(TemplatePackage template, TemplateSource source) {
}
