"""The panels of the main window, one module each; ``registry`` lists them in order.

To add a panel: write ``panels/<key>.py`` with a subclass of :class:`base.Panel`, and point
that key's entry in ``registry.PANELS`` at it (``factory="quarantine_desk.ui.panels.<key>:Cls"``).
"""
