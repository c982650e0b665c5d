namespace Modernize.Model.Configuration;

/// <summary>A team and how to recognise its members among git authors (names or e-mail globs).</summary>
public sealed record TeamDeclaration(string Name, IReadOnlyList<string> Authors, int Line);
