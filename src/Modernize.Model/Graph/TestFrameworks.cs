namespace Modernize.Model.Graph;

/// <summary>
/// The assemblies a project compiles against only when it is test code: its test framework. Read from the compile
/// references, not from the package list, which a project file read as data can get wrong (a <c>Directory.Build.props</c>
/// adding NUnit to <c>*.Test</c> projects by a condition only MSBuild evaluates).
/// </summary>
public static class TestFrameworks
{
    public static readonly IReadOnlySet<string> Assemblies = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "nunit.framework", "xunit.core", "xunit.assert", "xunit.v3.core", "Microsoft.VisualStudio.TestPlatform.TestFramework",
        "Microsoft.VisualStudio.QualityTools.UnitTestFramework", "MbUnit.Framework", "TUnit.Core", "Fixie",
    };

    /// <summary>Whether the project references a test framework: a test project, or a library of test helpers.</summary>
    public static bool AreReferencedBy(ProjectInfo project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return project.AssemblyReferences.Any(Assemblies.Contains);
    }
}
