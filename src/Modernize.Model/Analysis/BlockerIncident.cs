using Modernize.Model.Graph;

namespace Modernize.Model.Analysis;

/// <summary>One place where a legacy technology is used.</summary>
/// <param name="Detail">What is used there, for example <c>System.Web.HttpContext.Current</c>.</param>
/// <param name="Location">Where; null for project-level blockers such as a packages.config file with no line.</param>
public sealed record BlockerIncident(string Detail, SourceLocation? Location);
