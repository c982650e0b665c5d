namespace Modernize.Model.Graph;

public enum TypeKind
{
    Class,
    Interface,
    Struct,
    Enum,
    Delegate,
    Record,
    RecordStruct,

    /// <summary>A Visual Basic <c>Module</c>.</summary>
    Module,
}
