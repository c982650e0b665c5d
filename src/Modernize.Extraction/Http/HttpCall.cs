using Modernize.Model.Graph;

namespace Modernize.Extraction.Http;

/// <summary>
/// A URL path a type passes to an HTTP call: <paramref name="Path"/> is the string as written, each part that is only known at
/// run time (an interpolation hole, a concatenated variable) replaced by <see cref="RoutePath.Hole"/>.
/// </summary>
internal sealed record HttpCall(string From, string Path, string? Verb, SourceLocation Location);
