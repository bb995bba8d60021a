// Searchable picker over a select marked data-picker (the launch form's invitees and
// coordinator, the message form's recipients): a text box filters the select's options as
// one types (WAI-ARIA combobox with a listbox: arrows move, Enter chooses, Escape closes),
// the chosen ones show as removable buttons (one only for a single select: choosing
// another replaces it), and a polite live region tells screen readers what was added or
// removed. The select stays the form's field, hidden: it is what the form posts, and what
// scripts and tests may set. Without JavaScript the select works as before. The texts come
// from the page (the message bundles), data-picker-* attributes on the field.
(function () {
  'use strict';
  var MAX_SHOWN = 50;

  function fold(text) {
    var lower = String(text || '').toLowerCase();
    return lower.normalize ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
  }

  function enhance(field) {
    var select = field.querySelector('select');
    if (!select || !select.id) {
      return;
    }
    var single = !select.multiple;
    var id = select.id;
    var data = field.dataset;
    var label = field.querySelector('label[for="' + id + '"]');
    var hint = data.pickerHintId ? document.getElementById(data.pickerHintId) : null;

    var input = document.createElement('input');
    input.type = 'text';
    input.id = id + '-search';
    input.className = 'picker-search';
    input.autocomplete = 'off';
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id + '-options');
    if (data.pickerPlaceholder) {
      input.placeholder = data.pickerPlaceholder;
    }
    if (hint) {
      input.setAttribute('aria-describedby', hint.id);
      if (data.pickerHint) {
        hint.textContent = data.pickerHint;
      }
    }

    var list = document.createElement('ul');
    list.id = id + '-options';
    list.className = 'picker-options';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    if (label) {
      label.id = label.id || id + '-label';
      list.setAttribute('aria-labelledby', label.id);
      label.htmlFor = input.id;
    }

    var chips = document.createElement('ul');
    chips.id = id + '-chosen';
    chips.className = 'picker-chips';
    if (data.pickerChosen) {
      chips.setAttribute('aria-label', data.pickerChosen);
    }

    var live = document.createElement('p');
    live.id = id + '-live';
    live.className = 'visually-hidden';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');

    function announce(template, name) {
      // emptied first, so saying the same twice is heard twice
      live.textContent = '';
      window.setTimeout(function () {
        live.textContent = (template || '%s').replace('%s', name);
      }, 50);
    }

    select.hidden = true;
    select.required = false;
    select.setAttribute('aria-hidden', 'true');
    select.tabIndex = -1;
    select.parentNode.insertBefore(chips, select);
    select.parentNode.insertBefore(input, select);
    select.parentNode.insertBefore(list, select);
    select.parentNode.insertBefore(live, select);

    var options = Array.prototype.map.call(select.options, function (option) {
      var group = option.parentNode && option.parentNode.tagName === 'OPTGROUP' ? option.parentNode.label : '';
      return { option: option, group: group, key: fold(option.text + ' ' + group) };
    });
    var shown = [];
    var active = -1;

    function renderChips() {
      chips.textContent = '';
      options.forEach(function (o) {
        if (!o.option.selected || !o.option.value) {
          return;
        }
        var item = document.createElement('li');
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'picker-chip';
        button.setAttribute('data-value', o.option.value);
        button.setAttribute('aria-label', (data.pickerRemove || '%s').replace('%s', o.option.text));
        var name = document.createElement('span');
        name.setAttribute('dir', 'auto');
        name.textContent = o.option.text;
        var cross = document.createElement('span');
        cross.setAttribute('aria-hidden', 'true');
        cross.textContent = ' \u00d7';
        button.appendChild(name);
        button.appendChild(cross);
        button.addEventListener('click', function () {
          if (single) {
            select.value = '';
          }
          o.option.selected = false;
          select.dispatchEvent(new Event('change', { bubbles: true }));
          announce(data.pickerRemoved, o.option.text);
          input.focus();
        });
        item.appendChild(button);
        chips.appendChild(item);
      });
      chips.hidden = !chips.firstChild;
    }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      var items = list.querySelectorAll('[role=option]');
      active = index;
      Array.prototype.forEach.call(items, function (item, i) {
        item.classList.toggle('active', i === index);
      });
      if (index >= 0 && items[index]) {
        input.setAttribute('aria-activedescendant', items[index].id);
        if (items[index].scrollIntoView) {
          items[index].scrollIntoView({ block: 'nearest' });
        }
      }
      else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function open() {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      shown = options.filter(function (o) {
        return !o.option.selected && !o.option.disabled && o.option.value && words.every(function (w) {
          return o.key.indexOf(w) >= 0;
        });
      }).slice(0, MAX_SHOWN);
      list.textContent = '';
      if (shown.length === 0) {
        var none = document.createElement('li');
        none.className = 'picker-none';
        none.setAttribute('role', 'option');
        none.setAttribute('aria-disabled', 'true');
        none.setAttribute('aria-selected', 'false');
        none.id = id + '-none';
        none.textContent = data.pickerNone || '';
        list.appendChild(none);
      }
      shown.forEach(function (o, i) {
        var item = document.createElement('li');
        item.id = id + '-option-' + i;
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', 'false');
        item.setAttribute('data-value', o.option.value);
        var name = document.createElement('span');
        name.setAttribute('dir', 'auto');
        name.textContent = o.option.text;
        item.appendChild(name);
        if (o.group) {
          var group = document.createElement('span');
          group.className = 'picker-group';
          group.textContent = ' \u00b7 ' + o.group;
          item.appendChild(group);
        }
        item.addEventListener('mousedown', function (event) {
          event.preventDefault();
        });
        item.addEventListener('click', function () {
          choose(i);
        });
        list.appendChild(item);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      highlight(-1);
    }

    function choose(index) {
      var o = shown[index];
      if (!o) {
        return;
      }
      if (single) {
        select.value = o.option.value;
      }
      o.option.selected = true;
      input.value = '';
      input.setCustomValidity('');
      close();
      select.dispatchEvent(new Event('change', { bubbles: true }));
      announce(data.pickerAdded, o.option.text);
    }

    input.addEventListener('input', function () {
      input.setCustomValidity('');
      open();
    });
    input.addEventListener('focus', function () {
      if (input.value) {
        open();
      }
    });
    input.addEventListener('blur', close);
    input.addEventListener('keydown', function (event) {
      var expanded = !list.hidden;
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        if (!expanded) {
          open();
        }
        if (shown.length) {
          highlight(Math.min(active + 1, shown.length - 1));
        }
      }
      else if (event.key === 'ArrowUp') {
        event.preventDefault();
        if (expanded && shown.length) {
          highlight(Math.max(active - 1, 0));
        }
      }
      else if (event.key === 'Home' && expanded && shown.length && event.ctrlKey) {
        event.preventDefault();
        highlight(0);
      }
      else if (event.key === 'End' && expanded && shown.length && event.ctrlKey) {
        event.preventDefault();
        highlight(shown.length - 1);
      }
      else if (event.key === 'Enter') {
        if (expanded) {
          // Enter chooses; it does not send the form half filled
          event.preventDefault();
          choose(active >= 0 ? active : 0);
        }
      }
      else if (event.key === 'Escape') {
        if (expanded) {
          event.preventDefault();
          close();
        }
        else if (input.value) {
          event.preventDefault();
          input.value = '';
        }
      }
    });

    select.addEventListener('change', renderChips);
    if (select.form) {
      select.form.addEventListener('submit', function (event) {
        var chosen = Array.prototype.filter.call(select.selectedOptions, function (option) {
          return option.value;
        });
        if (chosen.length === 0) {
          event.preventDefault();
          input.setCustomValidity(data.pickerRequired || '');
          input.reportValidity();
        }
      });
    }
    renderChips();
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-picker]'), enhance);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  }
  else {
    start();
  }
})();
