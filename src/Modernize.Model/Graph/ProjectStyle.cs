namespace Modernize.Model.Graph;

public enum ProjectStyle
{
    /// <summary>SDK-style project (<c>&lt;Project Sdk="..."&gt;</c>).</summary>
    Sdk,

    /// <summary>Old-style project with explicit imports, usually .NET Framework.</summary>
    Legacy,
}
