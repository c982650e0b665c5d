namespace Modernize.Extraction.Http;

/// <summary>
/// A route template an endpoint type serves (attribute routing or a minimal-API <c>Map*</c> call), with its HTTP verb when
/// the declaration names one. <paramref name="Owner"/> is the declaring type's id as the walk wrote it.
/// </summary>
internal sealed record HttpRoute(string Owner, string Template, string? Verb);
